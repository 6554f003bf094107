# Leaves that become ready together run in the order of PyTorch's ready queue (a binary heap
# where every leaf has the same priority), which their hooks show.
import torch
def leaves(n):
    ts = [torch.tensor(float(i + 1), requires_grad=True) for i in range(n)]
    for i, t in enumerate(ts):
        t.register_hook(lambda g, i=i: print("leaf", i, end="; "))
    return ts
cases = {
    "p*q": lambda t: t[0] * t[1],
    "q*p": lambda t: t[1] * t[0],
    "a*b*c": lambda t: t[0] * t[1] * t[2],
    "a+b+c+d": lambda t: t[0] + t[1] + t[2] + t[3],
    "stack4": lambda t: torch.stack(t[:4]).sum(),
    "stack5": lambda t: torch.stack(t[:5]).sum(),
    "stack7": lambda t: torch.stack(t[:7]).sum(),
    "cat of products": lambda t: torch.stack([t[0] * t[1], t[2] * t[3], t[4] * t[5]]).sum(),
    "sum of squares": lambda t: sum(x * x for x in t[:5]),
    "mixed": lambda t: (t[0] * t[1] + t[2]) * (t[3] + t[4] * t[5]) + t[6],
    "reuse": lambda t: t[0] * t[1] + t[1] * t[2] + t[2] * t[0],
    "where": lambda t: torch.where(t[0] > 0, t[1], t[2]) * t[3],
}
for name, f in cases.items():
    print(name, end=": ")
    f(leaves(8)).backward()
    print()
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
for n, p in net.named_parameters():
    p.register_hook(lambda g, n=n: print(n, end="; "))
net(torch.randn(5, 3)).sum().backward(); print()
for n, p in net.named_parameters():
    p.register_post_accumulate_grad_hook(lambda p, n=n: print("post", n, end="; "))
net(torch.randn(5, 3)).pow(2).mean().backward(); print()
