# NAdam and RAdam on float16 and bfloat16 parameters over 8 steps (RAdam's rectified branch from
# step 6), for-loop and foreach, whose sequences of rounded intermediates differ
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    for kind, options in ((torch.optim.NAdam, dict()),
                          (torch.optim.NAdam, dict(weight_decay=0.01, decoupled_weight_decay=True)),
                          (torch.optim.RAdam, dict()),
                          (torch.optim.RAdam, dict(weight_decay=0.01, decoupled_weight_decay=True))):
        for foreach in (False, True):
            w = torch.nn.Parameter(torch.randn(21).to(dtype))
            opt = kind([w], lr=0.01, foreach=foreach, **options)
            for step in range(8):
                w.grad = torch.randn(21).to(dtype)
                opt.step()
                if step in (4, 7):
                    print(kind.__name__, dtype, options, foreach, step)
                    print(w.detach().float().tolist())
            print(opt.state[w]["exp_avg_sq"].float().tolist()[:6])
