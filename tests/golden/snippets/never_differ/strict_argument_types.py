import torch

x = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])

# PyTorch's parser takes no int for a bool and no float for an int, and keepdim= needs a dim
for call in ["x.sum(0, 1)", "torch.amax(x, 0, 1)", "x.argmax(1, 0)", "torch.var(x, 0, 1)", "x.std(0, 1)",
             "x.any(0, 1)", "torch.kthvalue(x, 1, 0, 1)", "x.mean(dim=0, keepdim=0)", "torch.rot90(x, 1.5)",
             "x.topk(2.0)", "torch.sum(x, keepdim=True)", "torch.mean(x, keepdim=True)",
             "torch.prod(x, keepdim=True)", "x.norm(2, 0, 1)"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, "->", e)

print(x.sum(0, True), torch.amax(x, 1, keepdim=False), x.std(0, True))
