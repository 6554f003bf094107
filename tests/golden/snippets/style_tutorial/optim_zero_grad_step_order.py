# Optimization tutorial: what zero_grad, backward and step each change, printed step by step.
import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
x = torch.tensor([2.0, 3.0])
for step in range(3):
    opt.zero_grad()
    print(step, 'after zero_grad:', w.grad)
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, 'after backward:', w.grad)
    opt.step()
    print(step, 'after step:', w.data, opt.state[w]['momentum_buffer'])
