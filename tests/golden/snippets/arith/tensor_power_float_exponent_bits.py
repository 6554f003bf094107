# float32 x ** 1.7 at full precision: ATen's whole vector blocks use float32's 1.7, the remaining
# elements (a short tensor is all remainder) C's pow in double with 1.7 itself.
import torch

i = torch.arange(1, 7)
print((i ** 1.7).tolist())
print((i.float() ** 1.7).tolist(), torch.pow(i.float(), 0.3).tolist())
x = torch.linspace(0.5, 8.0, 40)
y = x ** 1.7
print(y[:4].tolist(), y[-4:].tolist())
print(y.sum().item(), (x ** -0.7).sum().item(), (x ** 2.2).mean().item())
print((x[::2] ** 1.7)[:3].tolist())
w = torch.tensor([2.0, 3.0], requires_grad=True)
(w ** 1.5).sum().backward()
print(w.grad.tolist())
print((torch.tensor([3.0, 5.0], dtype=torch.float16) ** 1.7).tolist())
print((torch.tensor([3.0, 5.0], dtype=torch.float64) ** 1.7).tolist())
