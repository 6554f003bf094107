# Catching the errors learners hit most and printing the messages.
import torch
import torch.nn as nn

def show(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

lin = nn.Linear(5, 3)
show("linear shape", lambda: lin(torch.randn(4, 6)))
show("mm shape", lambda: torch.randn(2, 3) @ torch.randn(2, 3))
show("view", lambda: torch.randn(3, 4).t().view(12))
show("item", lambda: torch.ones(3).item())
show("numpy grad", lambda: torch.ones(2, requires_grad=True).numpy())
show("cat", lambda: torch.cat([torch.ones(2, 3), torch.ones(2, 4)], dim=0))
show("add shape", lambda: torch.ones(3) + torch.ones(4))
show("ce long", lambda: nn.CrossEntropyLoss()(torch.randn(2, 3), torch.tensor([0.0, 1.0])))
show("index", lambda: torch.arange(5)[7])
x = torch.ones(2, requires_grad=True)
y = (x * 2).sum()
y.backward()
show("backward twice", lambda: y.backward())
show("leaf inplace", lambda: x.add_(1))
show("no grad", lambda: torch.ones(2).sum().backward())
show("reshape", lambda: torch.arange(6).reshape(4, 2))
