# Hostile learner arguments: loss options of the wrong type, float indices, split sizes of 0, round decimals.
import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4)
target = torch.tensor([0, 1, 2])
calls = {
    "ce label_smoothing str": lambda: F.cross_entropy(x, target, label_smoothing="0.1"),
    "ce weight list": lambda: F.cross_entropy(x, target, weight=[1.0, 1.0, 1.0, 1.0]),
    "ce ignore_index float": lambda: F.cross_entropy(x, target, ignore_index=-1.0),
    "nll ignore_index float": lambda: F.nll_loss(x.log_softmax(1), target, ignore_index=1.5),
    "nll weight tuple": lambda: F.nll_loss(x.log_softmax(1), target, weight=(1.0, 2.0, 3.0, 4.0)),
    "x[1.0]": lambda: x[1.0], "x[:, 2.0]": lambda: x[:, 2.0], "x[tensor(1.)]": lambda: x[torch.tensor(1.0)],
    "split(0)": lambda: x.split(0), "split(-1)": lambda: x.split(-1), "chunk(0)": lambda: x.chunk(0),
    "round decimals float": lambda: torch.round(x, decimals=1.5),
}
for name, call in calls.items():
    try:
        call()
        print(name, "ran")
    except (TypeError, IndexError, RuntimeError) as e:
        print(name, type(e).__name__, e)
print(torch.zeros(0, 3).split(0), F.cross_entropy(x, target, label_smoothing=torch.tensor(0.1)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(torch.ones(2, out=torch.empty(3)), torch.zeros(2, out=torch.empty(4)), len(caught))
