# add/sub/mul/div take a Python number where a tensor goes, so a misspelt keyword is what PyTorch names
import torch
torch.manual_seed(0)
x = torch.randn(3)
for f in [lambda: torch.add(x, 1), lambda: torch.add(x, 1, alpha=2), lambda: torch.add(x, "a"), lambda: torch.mul(x, 2.5, out=torch.empty(3)), lambda: torch.sub(x, 1, alpha=2.5), lambda: x.add_(1, alpha=2), lambda: torch.div(x, 2, rounding_mode="flor"), lambda: torch.div(x, 2, roundingmode="floor"), lambda: x.mul(2, 3), lambda: torch.true_divide(x, 2, z=1), lambda: x.sub(1, beta=2), lambda: torch.multiply(x, None), lambda: torch.add(1, x), lambda: torch.mul(2, 3)]:
    try: r = f(); print("ok", r)
    except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
