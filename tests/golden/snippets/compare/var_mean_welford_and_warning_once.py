# var_mean/std_mean return Welford's double mean; a dof warning at one line shows once, as Python's filter says
import torch
torch.manual_seed(5)
for shape in [(8,), (20, 10), (33, 7), (5, 6, 4)]:
    x = torch.randn(*shape) * 3 + 1
    print(torch.var_mean(x), torch.std_mean(x, 0)[1].flatten()[:4], torch.var_mean(x, -1, keepdim=True)[1].flatten()[:4])
print(torch.var_mean(torch.empty(0)), torch.var_mean(torch.randn(2, 3), True))
t = torch.tensor([1.0])
for i in range(3):
    print(t.std(), t.var(), torch.var_mean(t), torch.std_mean(t))
x = torch.randn(5, requires_grad=True)
v, m = torch.var_mean(x)
(v + m).backward()
print(x.grad)
