import torch

# differentiable=True with foreach=True: the multi-tensor steps refuse autograd (SGD's runs, not shown)
names = ["Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "ASGD", "NAdam", "RAdam", "Rprop"]
for name in names:
    w = torch.ones(2, requires_grad=True).clone()
    opt = getattr(torch.optim, name)([w], lr=0.1, differentiable=True, foreach=True)
    w.grad = torch.tensor([1.0, -1.0])
    try:
        opt.step()
        print(name, "stepped", w)
    except AssertionError as e:
        print(name, type(e).__name__, e, w.grad_fn.name())
leaf = torch.ones(2, requires_grad=True)
leaf.grad = torch.ones(2)
try:
    torch.optim.Adam([leaf], differentiable=True, foreach=True).step()
except AssertionError as e:
    print("leaf:", e)
# a step before any gradient: some multi-tensor steps refuse anyway, the others do nothing
for name in ["Adam", "RMSprop", "Adagrad", "Adadelta", "Adamax", "Rprop"]:
    w = torch.ones(2, requires_grad=True).clone()
    w.retain_grad()
    opt = getattr(torch.optim, name)([w], lr=0.1, differentiable=True, foreach=True)
    try:
        opt.step()
        print(name, "no-op", dict(opt.state))
    except AssertionError:
        print(name, "refuses", dict(opt.state))
plain = torch.ones(2, requires_grad=True).clone()
plain.retain_grad()
torch.optim.RMSprop([plain], differentiable=True).step()
print("RMSprop without foreach, no gradient:", plain)
