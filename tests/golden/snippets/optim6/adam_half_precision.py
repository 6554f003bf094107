# Adam and AdamW (amsgrad, weight decay, maximize) on float16 and bfloat16 parameters, for-loop
# and foreach: every intermediate (the denominator) rounds to the parameter's type
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.Adam, dict()), (torch.optim.Adam, dict(amsgrad=True, weight_decay=0.01)),
                          (torch.optim.Adam, dict(maximize=True)), (torch.optim.AdamW, dict(weight_decay=0.1))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(3, 11).to(dtype))
            opt = kind([w], lr=0.01, foreach=foreach, **options)
            for step in range(5):
                w.grad = torch.randn(3, 11).to(dtype)
                opt.step()
            state = opt.state[w]
            print(kind.__name__, dtype, options, foreach, state["step"])
            print(w.detach().float().tolist())
            print(state["exp_avg"].float().tolist()[0], state["exp_avg_sq"].float().tolist()[0])
