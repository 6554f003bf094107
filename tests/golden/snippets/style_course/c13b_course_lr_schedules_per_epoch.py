# Course exercise: compare learning-rate schedules by printing the lr each epoch.
import torch

def make():
    p = torch.nn.Parameter(torch.zeros(1))
    return torch.optim.SGD([p], lr=0.1)

schedules = {
    "step": lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5),
    "multistep": lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 5], gamma=0.1),
    "exp": lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.8),
    "lambda": lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda e: 1 / (1 + e)),
    "linear": lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4),
    "poly": lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=6, power=2.0),
}
for name, build in schedules.items():
    opt = make()
    sched = build(opt)
    lrs = []
    for epoch in range(7):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    print(f"{name:9s}", [round(lr, 6) for lr in lrs])
    print("   last:", sched.get_last_lr())
