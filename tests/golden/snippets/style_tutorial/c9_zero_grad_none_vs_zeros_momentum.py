# zero_grad(set_to_none=True) vs False: what .grad holds, and how optimizers treat a None gradient.
import torch

def run(set_to_none):
    w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
    b = torch.nn.Parameter(torch.tensor([0.5]))
    opt = torch.optim.SGD([w, b], lr=0.1, momentum=0.9, weight_decay=0.1)
    for step in range(3):
        opt.zero_grad(set_to_none=set_to_none)
        loss = (w ** 2).sum() + (b.sum() if step == 0 else 0.0)
        loss.backward()
        opt.step()
        print(step, w.detach(), b.detach(), b.grad)
    return opt

opt = run(True)
print(sorted(len(v) for v in opt.state.values()))
opt = run(False)
print(len(opt.state))
p = torch.nn.Parameter(torch.ones(2))
print(p.grad)
(p * 3).sum().backward()
print(p.grad)
p.grad.zero_()
print(p.grad)
p.grad = None
adam = torch.optim.Adam([p])
adam.step()
print(adam.state, p)
