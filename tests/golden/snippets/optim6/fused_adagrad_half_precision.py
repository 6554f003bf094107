# Adagrad(fused=True) on float16 and bfloat16 parameters: the kernel's vector blocks of 16 elements
# round weight_decay, eps and the step size to the parameter's type, its scalar tail does not
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for options in (dict(lr=0.1), dict(lr=0.1, lr_decay=0.05, weight_decay=0.3, eps=1e-3, maximize=True)):
        w = torch.nn.Parameter(torch.randn(45).to(dtype))
        opt = torch.optim.Adagrad([w], fused=True, **options)
        for step in range(3):
            w.grad = torch.randn(45).to(dtype)
            opt.step()
        print(dtype, options, opt.state[w]["step"])
        print(w.detach().float().tolist())
        print(opt.state[w]["sum"].float().tolist())
