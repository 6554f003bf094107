# torch.lerp, addcmul and addcdiv with value=
import torch

start = torch.arange(1., 5.)
end = torch.empty(4).fill_(10)
print(start, end)
print(torch.lerp(start, end, 0.5))
print(torch.lerp(start, end, torch.full_like(start, 0.5)))
torch.manual_seed(0)
t = torch.randn(1, 3)
t1 = torch.randn(3, 1)
t2 = torch.randn(1, 3)
print(torch.addcmul(t, t1, t2, value=0.1))
print(torch.addcdiv(t, t1, t2, value=0.1))
