# SGD on an Embedding(sparse=True): plain, momentum, Nesterov, dampening, maximize, and its refusals
import torch
from torch import nn


def model():
    torch.manual_seed(3)
    e = nn.Embedding(4, 2, sparse=True)
    e(torch.tensor([1, 3, 1])).sum().backward()
    return e


for options in ({}, {"momentum": 0.9}, {"momentum": 0.9, "nesterov": True}, {"momentum": 0.9, "dampening": 0.5},
                {"maximize": True}, {"weight_decay": 0.1}, {"fused": True}):
    e = model()
    opt = torch.optim.SGD(e.parameters(), lr=0.5, **options)
    try:
        opt.step()
        e(torch.tensor([0, 3])).sum().backward()
        opt.step()
    except RuntimeError as err:
        print(options, "RuntimeError:", err)
        continue
    print(options, e.weight.data)
    print(opt.state[e.weight])
