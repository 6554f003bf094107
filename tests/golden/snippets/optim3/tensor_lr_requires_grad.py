import torch

# An lr tensor that requires grad: the (non-differentiable) step reads it without a warning,
# except Rprop, whose full_like(grad, lr) refuses it.
for name in ["SGD", "Adam", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "ASGD", "Rprop"]:
    w = torch.ones(3, requires_grad=True)
    lr = torch.tensor(0.01, requires_grad=True)
    opt = getattr(torch.optim, name)([w], lr=lr)
    w.grad = torch.ones(3)
    try:
        opt.step()
        opt.step()
        print(name, w, lr.grad)
    except TypeError as e:
        print(name, "TypeError:", e)
