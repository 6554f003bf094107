# ReduceLROnPlateau with mode='max' on accuracy, cooldown and min_lr
import torch

opt = torch.optim.Adam([torch.zeros(2, requires_grad=True)], lr=0.01)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.1, patience=1, cooldown=1, min_lr=2e-4)
accs = [0.50, 0.60, 0.60, 0.59, 0.61, 0.60, 0.60, 0.60, 0.58, 0.57]
for epoch, acc in enumerate(accs):
    sched.step(acc)
    print(epoch, acc, opt.param_groups[0]["lr"], sched.num_bad_epochs, sched.cooldown_counter)
print(sched.best, sched.get_last_lr())
