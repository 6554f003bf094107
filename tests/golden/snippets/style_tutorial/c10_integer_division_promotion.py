# Type promotion and division: /, //, true_divide, div modes, result_type, promote_types.
import torch

a = torch.tensor([7, -7, 5])
b = torch.tensor([2, 2, -3])
print(a / b, (a / b).dtype)
print(a // b)
print(torch.div(a, b, rounding_mode="floor"), torch.div(a, b, rounding_mode="trunc"))
print(torch.true_divide(a, 2))
print(a % b, torch.fmod(a, b), torch.remainder(a, b))
print(torch.result_type(a, 2.5), torch.result_type(a, b))
print(torch.promote_types(torch.int32, torch.float16), torch.promote_types(torch.uint8, torch.int8))
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float32))
i8 = torch.tensor([100, 120], dtype=torch.int8)
print(i8 + i8)
u8 = torch.tensor([250], dtype=torch.uint8)
print(u8 + 10)
print(torch.tensor([1, 2]) * 1.5, torch.tensor([1, 2]) + True)
print(torch.tensor([True, False]) * 3)
print(torch.tensor(5) / torch.tensor(2.0, dtype=torch.float64))
print((torch.tensor([1.0]) + torch.tensor(2.0, dtype=torch.float64)).dtype)
print((torch.tensor([1]) + torch.tensor([2.0], dtype=torch.float16)).dtype)
x = torch.tensor([1, 2, 3])
try:
    x /= 2
except RuntimeError as e:
    print("RuntimeError:", e)
x //= 2
print(x)
print(torch.tensor([1, 2]) // 0.5)
try:
    print(torch.tensor([1]) // torch.tensor([0]))
except RuntimeError as e:
    print("RuntimeError:", e)
