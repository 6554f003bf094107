# Issue: "loss goes up, grads keep growing" — gradient accumulation over micro-batches on purpose.
import torch

weight = torch.nn.Parameter(torch.tensor([0.5]))
opt = torch.optim.SGD([weight], lr=0.1)
chunks = [torch.tensor([1.0, 2.0]), torch.tensor([3.0]), torch.tensor([4.0, 5.0])]
for chunk in chunks:
    ((weight * chunk - 1) ** 2).sum().div(5).backward()
    print(weight.grad)
opt.step()
print(weight.data)
opt.zero_grad()
print(weight.grad)
