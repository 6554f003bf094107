# Operators between a tensor and a Python list or tuple: Python's own TypeErrors (and == is plain False), as PyTorch gives.
import torch
x = torch.tensor([1.0, 2.0, 3.0])
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b,
       '//': lambda a, b: a // b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b, '==': lambda a, b: a == b,
       '!=': lambda a, b: a != b, '<': lambda a, b: a < b, '>=': lambda a, b: a >= b, '@': lambda a, b: a @ b,
       '&': lambda a, b: a & b, '|': lambda a, b: a | b, '^': lambda a, b: a ^ b}
for other in ([1, 2, 3], (1, 2, 3), [True, False, True]):
    for name, op in ops.items():
        for a, b in ((x, other), (other, x)):
            try:
                r = op(a, b)
                print(name, type(a).__name__, type(b).__name__, '->', r)
            except Exception as e:
                print(name, type(a).__name__, type(b).__name__, type(e).__name__, e)
for f in [lambda: torch.add(x, [1, 2, 3]), lambda: torch.mul(x, (1, 2, 3)), lambda: torch.sum([1.0, 2.0]),
          lambda: torch.maximum(x, [1, 2, 3])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
