import torch
import torch.nn as nn

model = nn.Linear(2, 2)


def double(x):
    return 2 * x


for settings in [dict(mode="fastest"), dict(backend="gpu"), dict(mode="max-autotune", options={"debug": True}),
                 dict(dynamic="yes"), dict(backend="eager", mode="anything"), dict(fullgraph=True, dynamic=False)]:
    try:
        result = torch.compile(model, **settings)
        print(settings, "->", type(result).__name__)
    except Exception as e:
        print(settings, "->", type(e).__name__, e)
for bad in [3, "model"]:
    try:
        torch.compile(bad)
    except AssertionError as e:
        print(e)
try:
    torch.compile(model, True)
except TypeError as e:
    print(e)
compiled = torch.compile(double)
print(compiled.__name__, compiled is double, compiled.__wrapped__ is double, compiled(torch.tensor([1.5])))
print(torch.compile(double, disable=True) is double, torch.compile(model, disable=True) is model)
decorate = torch.compile(mode="reduce-overhead")
print(decorate.__qualname__, decorate(double).__name__)
try:
    decorate(None)
except RuntimeError as e:
    print(e)
torch.compile(model, backend="nonexistent")
