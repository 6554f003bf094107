import torch

# twenty rows taken as views of one result; half are thrown away before the base changes
x = torch.arange(20.0, requires_grad=True)
base = (x * 2).view(20, 1)
rows = [base[i] for i in range(20)]
del rows[::2]
kept = rows[3]
base.mul_(3)              # every view still alive gets a new grad_fn
print(kept, kept.grad_fn.name())
print(rows[0].grad_fn.name(), rows[-1].grad_fn.name())
loss = sum(r.sum() for r in rows[:4])
loss.backward()
print(x.grad)

# a view made, dropped and made again many times, then the write
y = torch.ones(3) * 1.5
for _ in range(50):
    y.view(3, 1)
last = y.view(3, 1)
y.add_(torch.tensor([1.0, 2.0, 3.0], requires_grad=True))
print(last.grad_fn.name(), last.requires_grad)
