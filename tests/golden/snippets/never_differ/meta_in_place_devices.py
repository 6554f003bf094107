import torch

# meta tensors: which in-place ops check the other operand's device, and ops with no meta kernel
m = torch.empty(2, 3, device="meta")
c = torch.ones(2, 3)
for src in ["m.add_(c)", "m.mul_(c)", "m.copy_(c)", "m.div_(c)", "m.clamp_(c)", "torch.clamp_(m, c)", "m.addcmul_(c, c)",
            "m.lerp_(c, 0.5)", "m.clamp_(min=c)", "m.pow_(c)", "m.clip_(c)", "m.cov()", "torch.corrcoef(m)",
            "torch.histogram(m)", "torch.histc(m)", "m.clamp_(0, 1)", "m.masked_fill_(c > 0, 1.0)"]:
    try:
        r = eval(src)
        print(src, "->", r.device, r.shape)
    except (RuntimeError, NotImplementedError) as e:
        print(src, "->", type(e).__name__, str(e)[:90])
