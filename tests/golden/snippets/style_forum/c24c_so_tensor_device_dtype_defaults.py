# Q: which device/dtype do new tensors get?
import torch

a = torch.tensor([1.0])
print(a.device, a.dtype, a.is_cuda)
print(torch.zeros(2, dtype=torch.int32).device)
b = torch.tensor([1, 2], device="cpu", dtype=torch.float16)
print(b, b.device.type, b.device.index)
print(torch.device("cpu"), torch.device("cpu", 0) == torch.device("cpu"))
print(torch.cuda.is_available())
c = a.to("cpu", torch.float64)
print(c.dtype, c is a, a.to("cpu") is a)
