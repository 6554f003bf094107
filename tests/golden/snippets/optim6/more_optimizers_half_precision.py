# Adagrad (whose foreach form scales the gradient by -clr first), RMSprop, Adadelta and Adamax
# (foreach's in-place _foreach_mul_ rounds rho and beta2 to the parameter's type), ASGD (foreach casts
# the float32 eta and mu to it) and Rprop on float16 and bfloat16 parameters, for-loop and foreach
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.Adagrad, dict(lr=0.1)),
                          (torch.optim.Adagrad, dict(lr=0.1, lr_decay=0.01, weight_decay=0.01)),
                          (torch.optim.RMSprop, dict(lr=0.01)),
                          (torch.optim.RMSprop, dict(lr=0.01, centered=True, momentum=0.9, weight_decay=0.01)),
                          (torch.optim.Adadelta, dict()), (torch.optim.Adadelta, dict(lr=0.5, weight_decay=0.01)),
                          (torch.optim.Adamax, dict(lr=0.01)), (torch.optim.Adamax, dict(lr=0.01, weight_decay=0.01)),
                          (torch.optim.ASGD, dict(lr=0.01)), (torch.optim.ASGD, dict(lr=0.01, t0=2, weight_decay=0.01)),
                          (torch.optim.Rprop, dict(lr=0.01))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(31).to(dtype))
            opt = kind([w], foreach=foreach, **options)
            for step in range(5):
                w.grad = torch.randn(31).to(dtype)
                opt.step()
            print(kind.__name__, dtype, options, foreach)
            print(w.detach().float().tolist())
            for name, value in opt.state[w].items():
                print(name, value.float().tolist()[:8] if value.dim() else value)
