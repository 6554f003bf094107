# Q: "To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach()" - with new_tensor and torch.tensor.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor(x)
print(y)
z = x.new_tensor(x)
print(z, z.requires_grad)
w = torch.tensor(x.detach())
print(w)
v = x.clone().detach()
print(v, v.requires_grad)
u = torch.tensor(x.tolist())
print(u)
s = torch.FloatTensor([1, 2])
print(s, s.dtype)
try:
    torch.FloatTensor(x)
except TypeError as e:
    print("TypeError:", e)
print(torch.Tensor(2, 3).shape, torch.Tensor([2, 3]))
