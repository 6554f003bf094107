# Adagrad (whose foreach form scales the gradient by -clr before dividing) and RMSprop (centered,
# momentum) on float16 and bfloat16 parameters
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.Adagrad, dict(lr=0.1)),
                          (torch.optim.Adagrad, dict(lr=0.1, lr_decay=0.01, weight_decay=0.01)),
                          (torch.optim.RMSprop, dict(lr=0.01)),
                          (torch.optim.RMSprop, dict(lr=0.01, centered=True, momentum=0.9, weight_decay=0.01))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(29).to(dtype))
            opt = kind([w], foreach=foreach, **options)
            for step in range(4):
                w.grad = torch.randn(29).to(dtype)
                opt.step()
            print(kind.__name__, dtype, options, foreach)
            print(w.detach().float().tolist())
            for name, value in opt.state[w].items():
                if name != "step":
                    print(name, value.float().tolist()[:8])
