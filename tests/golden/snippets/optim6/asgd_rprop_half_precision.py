# ASGD (whose foreach form casts the float32 eta and mu to the parameter's type) and Rprop on
# float16 and bfloat16 parameters
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.ASGD, dict(lr=0.01)), (torch.optim.ASGD, dict(lr=0.01, t0=2, weight_decay=0.01)),
                          (torch.optim.Rprop, dict(lr=0.01))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(27).to(dtype))
            opt = kind([w], foreach=foreach, **options)
            for step in range(5):
                w.grad = torch.randn(27).to(dtype)
                opt.step()
            print(kind.__name__, dtype, options, foreach)
            print(w.detach().float().tolist())
            for name, value in opt.state[w].items():
                print(name, value.float().tolist()[:8] if value.dim() else value)
