# SGD on float16 and bfloat16 parameters: plain, momentum, Nesterov and weight decay, in the
# default for-loop form and with foreach=True (whose Nesterov step adds into p.grad itself)
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for options in (dict(), dict(momentum=0.9), dict(momentum=0.9, nesterov=True, weight_decay=0.01),
                    dict(momentum=0.9, dampening=0.1)):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(37).to(dtype))
            opt = torch.optim.SGD([w], lr=0.1, foreach=foreach, **options)
            for step in range(4):
                w.grad = torch.randn(37).to(dtype)
                opt.step()
            print(dtype, options, foreach)
            print(w.detach().float().tolist())
            print(w.grad.float().tolist()[:6], w._version)
            if "momentum_buffer" in opt.state[w]:
                print(opt.state[w]["momentum_buffer"].float().tolist())
