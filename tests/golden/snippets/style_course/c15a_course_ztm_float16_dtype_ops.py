# ZTM fundamentals: tensor datatypes, mixing float16/float32/int, and the errors learners meet
import torch

float_32_tensor = torch.tensor([3.0, 6.0, 9.0], dtype=None, device=None, requires_grad=False)
float_16_tensor = float_32_tensor.type(torch.float16)
print(float_16_tensor, float_16_tensor * float_32_tensor)
int_32_tensor = torch.tensor([3, 6, 9], dtype=torch.int32)
print(float_32_tensor * int_32_tensor, (int_32_tensor * int_32_tensor).dtype)
long_tensor = torch.tensor([2, 3, 4])
print(float_16_tensor / long_tensor, (long_tensor / 2).dtype, long_tensor // 2)
x = torch.arange(1, 10).reshape(1, 3, 3)
print(x[:, :, 2], x[:, 1, 1], x[0, 2, 2])
print(torch.tensor([1, 2, 3]).type(torch.float32).mean())
torch.tensor([1, 2, 3]).mean()
