# Ops PyTorch refuses for complex input, with its own messages.
import torch

x = torch.tensor([1 + 2j, 3 - 4j])
cases = ["x.clamp(0, 1)", "x.max()", "x.min()", "x < x", "x > 1", "x <= x", "x.sort()", "torch.relu(x)",
         "torch.maximum(x, x)", "x.argmax()", "x.argmin()", "x.floor()", "x.ceil()", "x.round()", "x.trunc()",
         "torch.topk(x, 1)", "x.sign()", "x.amax()", "x.cummax(0)", "x.isneginf()", "x.unique()", "x.median()",
         "torch.clamp_min(x, 0)", "x.signbit()", "x.remainder(2)", "x.msort()", "x.kthvalue(1)", "x.mode()",
         "torch.nansum(x)", "x.frac()", "x.deg2rad()", "x.erf()", "x.logit()", "x.softmax(0)"]
for src in cases:
    try:
        eval(src)
        print(src, "ran")
    except (RuntimeError, NotImplementedError) as e:
        print(src, type(e).__name__, e)
