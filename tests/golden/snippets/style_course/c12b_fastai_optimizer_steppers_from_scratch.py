# fast.ai from-scratch Optimizer with stepper functions and per-group hyper-parameters, vs torch.optim.SGD.
import torch
import torch.nn as nn

def sgd_step(p, lr, **kwargs):
    p.data.add_(p.grad.data, alpha=-lr)
    return p

def weight_decay(p, lr, wd, **kwargs):
    p.data.mul_(1 - lr * wd)
    return p
weight_decay._defaults = dict(wd=0.)

class Optimizer:
    def __init__(self, params, steppers, **defaults):
        self.param_groups = [list(params)]
        self.hypers = [{**defaults} for _ in self.param_groups]
        self.steppers = steppers
    def grad_params(self):
        return [(p, hyper) for pg, hyper in zip(self.param_groups, self.hypers)
                for p in pg if p.grad is not None]
    def zero_grad(self):
        for p, hyper in self.grad_params():
            p.grad.detach_()
            p.grad.zero_()
    def step(self):
        for p, hyper in self.grad_params():
            for stepper in self.steppers:
                stepper(p, **hyper)

torch.manual_seed(1)
m1 = nn.Linear(4, 2)
m2 = nn.Linear(4, 2)
m2.load_state_dict(m1.state_dict())
x, y = torch.randn(10, 4), torch.randn(10, 2)
opt1 = Optimizer(m1.parameters(), [weight_decay, sgd_step], lr=0.1, wd=0.01)
opt2 = torch.optim.SGD(m2.parameters(), lr=0.1, weight_decay=0.01)
for i in range(3):
    for m, o in ((m1, opt1), (m2, opt2)):
        loss = ((m(x) - y) ** 2).mean()
        loss.backward()
        o.step()
        o.zero_grad()
    print(i, loss.item())
print(m1.weight)
print(m2.weight)
print((m1.weight - m2.weight).abs().max().item())
print(opt1.hypers, len(opt1.param_groups[0]))
