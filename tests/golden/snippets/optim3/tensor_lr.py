import torch

# lr may be a 1-element tensor. Where the update computes with it (Adam's lr / bias_correction1,
# Adagrad's decayed lr, ASGD's eta, ...) the arithmetic is float32 tensor arithmetic.
torch.manual_seed(0)
start = torch.randn(5, dtype=torch.float64)
grads = torch.randn(6, 5, dtype=torch.float64)
makers = {
    "SGD": dict(momentum=0.9),
    "Adam": dict(),
    "AdamW": dict(weight_decay=0.1),
    "Adamax": dict(),
    "NAdam": dict(decoupled_weight_decay=True, weight_decay=0.1),
    "RAdam": dict(decoupled_weight_decay=True, weight_decay=0.1),
    "Adagrad": dict(lr_decay=0.3),
    "RMSprop": dict(),
    "Adadelta": dict(),
    "Rprop": dict(),
    "ASGD": dict(lambd=0.3),
}
for name, options in makers.items():
    for lr in (torch.tensor(0.05), torch.tensor([0.05]), 0.05):
        w = start.clone().requires_grad_()
        opt = getattr(torch.optim, name)([w], lr=lr, **options)
        for g in grads:
            w.grad = g.clone()
            opt.step()
        print(name, opt.param_groups[0]["lr"], w.tolist())
