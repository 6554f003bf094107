# SparseAdam and Adagrad on sparse gradients: only the looked-up rows move
import torch
from torch import nn

for make in (lambda p: torch.optim.SparseAdam(p, lr=0.1), lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01)):
    torch.manual_seed(5)
    e = nn.Embedding(5, 3, sparse=True)
    opt = make(e.parameters())
    start = e.weight.detach().clone()
    for rows in ([1, 3, 1], [3, 4], [0, 1]):
        opt.zero_grad()
        (e(torch.tensor(rows)) * torch.tensor([1.0, -2.0, 0.5])).sum().backward()
        opt.step()
    print(type(opt).__name__, e.weight.detach() - start)
    state = opt.state[e.weight]
    print(sorted(state), state["step"])
    print({k: v for k, v in state.items() if k != "step"})
