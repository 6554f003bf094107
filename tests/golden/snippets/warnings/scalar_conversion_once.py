import torch

x = torch.tensor([1.5], requires_grad=True)
a = float(x)
b = float(x * 2)
c = int(x)
print(a, b, c)
for i in range(3):
    print(float(x))
print(x.item(), x.tolist())
