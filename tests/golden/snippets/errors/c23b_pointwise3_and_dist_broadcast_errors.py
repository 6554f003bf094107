import torch

# addcmul/addcdiv and dist name the common shape so far "tensor a" and the clashing operand "tensor b"
a, b = torch.ones(3, 4), torch.ones(2)
for args in [(a, a, b), (a, b, a), (b, a, a), (a, torch.ones(3, 1), b), (torch.ones(2, 1), a, a)]:
    for fn in (torch.addcdiv, torch.addcmul):
        try:
            fn(*args)
        except RuntimeError as e:
            print(fn.__name__, [tuple(x.shape) for x in args], e)
for x, y in [(a, b), (b, a), (torch.ones(2, 3), torch.ones(3, 2))]:
    try:
        torch.dist(x, y)
    except RuntimeError as e:
        print("dist", e)
print(torch.dist(a, torch.zeros(4)), torch.addcmul(a, torch.ones(4), torch.ones(3, 1)).shape)
