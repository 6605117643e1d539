package org.w3id.hpkg.cli;
public class Main { public static void main(String[] a) {} }
