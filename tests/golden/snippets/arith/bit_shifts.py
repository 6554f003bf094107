import torch

i = torch.tensor([1, -8, 3])
print(i << 1, i >> 1, i << 63, i >> 64, i << -1, i >> -1)
u = torch.tensor([1, 200], dtype=torch.uint8)
print(u << 1, u >> 1, u << 8)
print(torch.tensor([1], dtype=torch.int8) << 7, torch.tensor([-128], dtype=torch.int8) >> 9)
print(1 << i, 2 >> i, True << i, i << torch.tensor([1, 2, 3]), torch.bitwise_left_shift(1, i))
print(torch.bitwise_right_shift(i, 1), i.bitwise_left_shift(2), (torch.tensor([5], dtype=torch.int16) >> torch.tensor([1])).dtype)
j = torch.tensor([1, 2])
j <<= 2
j >>= torch.tensor([1, 0])
j.bitwise_left_shift_(1)
print(j)

a = torch.tensor([1.5])
b = torch.tensor([True, False])
for expr in ["a << 1", "a >> 1", "1.5 << i", "i << 1.5", "b << b", "b >> True", "torch.bitwise_left_shift(a, 1)"]:
    try:
        print(expr, "->", eval(expr))
    except NotImplementedError as e:
        print(expr, "-> NotImplementedError", e)
for stmt in ["a <<= 1", "j <<= 1.5"]:
    try:
        exec(stmt)
    except (NotImplementedError, RuntimeError) as e:
        print(stmt, "->", type(e).__name__, e)
