# Adadelta and Adamax on float16 and bfloat16 parameters, for-loop and foreach (foreach's in-place
# _foreach_mul_ rounds rho and beta2 to the parameter's type first)
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.Adadelta, dict()), (torch.optim.Adadelta, dict(lr=0.5, weight_decay=0.01)),
                          (torch.optim.Adamax, dict(lr=0.01)), (torch.optim.Adamax, dict(lr=0.01, weight_decay=0.01))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(33).to(dtype))
            opt = kind([w], foreach=foreach, **options)
            for step in range(4):
                w.grad = torch.randn(33).to(dtype)
                opt.step()
            print(kind.__name__, dtype, options, foreach)
            print(w.detach().float().tolist())
            for name, value in opt.state[w].items():
                if name != "step":
                    print(name, value.float().tolist()[:8])
