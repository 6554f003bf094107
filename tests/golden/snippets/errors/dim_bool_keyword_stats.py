# std/var/std_mean/var_mean: a bool given as dim= is refused by PyTorch's parser; positionally it is unbiased.
import torch
x = torch.arange(6.).view(2, 3)
for f in [lambda: x.std(dim=True), lambda: torch.var_mean(x, dim=True), lambda: x.var(dim=False), lambda: torch.std(x, dim=True), lambda: x.std(True), lambda: x.std(0, True), lambda: x.std(dim=0, unbiased=False)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, str(e)[:300])
