# Scalar-autograd lecture: a two-input neuron as a graph of named float64 scalars, tanh through exp,
# and every leaf gradient printed next to the hand-derived value.
import math
import torch

leaf = {name: torch.tensor(val, dtype=torch.float64, requires_grad=True)
        for name, val in (("a", 0.8), ("b", -1.25), ("wa", -0.6), ("wb", 0.45), ("bias", 1.1))}
pre = leaf["a"] * leaf["wa"] + leaf["b"] * leaf["wb"] + leaf["bias"]
e2 = torch.exp(2 * pre)
act = (e2 - 1) / (e2 + 1)
act.backward()
local = 1 - math.tanh(pre.item()) ** 2
for name, t in leaf.items():
    partner = {"a": "wa", "wa": "a", "b": "wb", "wb": "b"}.get(name)
    by_hand = local * (leaf[partner].item() if partner else 1.0)
    print(f"{name:>4} grad={t.grad.item():+.12f} hand={by_hand:+.12f}")
print(act.item(), math.tanh(pre.item()), act.grad_fn.name())
print(torch.tanh(pre).item() == act.item(), pre.grad_fn.name())
