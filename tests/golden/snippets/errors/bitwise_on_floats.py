import torch

# ^, | and & are bitwise operators: float tensors refuse them, each naming its own kernel.
a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, 4.0])
i = torch.tensor([1, 2])
d = torch.tensor([1.0], dtype=torch.float64)

for expr in ["a ^ b", "a | b", "a & b", "a ^ i", "i | a", "a ^ 1", "1 ^ a", "True | a", "i ^ 1.5",
             "d ^ 1", "torch.bitwise_xor(a, b)", "torch.bitwise_or(a, 1)", "torch.bitwise_and(a, b)",
             "a.bitwise_xor(b)", "a.bitwise_and(b)", "a.bitwise_or(b)", "a.__ixor__(b)", "a.bitwise_xor_(b)",
             "a.bitwise_or_(b)", "a.bitwise_and_(b)", "a.__ior__(b)", "a.__iand__(b)", "a.__rxor__(b)",
             "~a", "~d", "torch.bitwise_not(a)", "torch.bitwise_not(d)", "a.bitwise_not()",
             "i ^ i", "i.bitwise_xor(2)", "torch.bitwise_xor(2, i)", "i | True", "i.bitwise_not()"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

for stmt in ["a ^= b", "a |= b", "a &= b", "i ^= a", "i ^= 1.5", "i |= 4"]:
    try:
        exec(stmt)
        print(stmt, "->", i)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
