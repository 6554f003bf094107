import torch

# torch.name(input) given a list, a tuple or a number: the parser's TypeError
for src in ["torch.cov([1.0, 2.0])", "torch.bernoulli((2, 3))", "torch.unbind([1.0, 2.0])",
            "torch.vdot([1.0], torch.ones(1))", "torch.sigmoid([1.0, 2.0])", "torch.exp([0.0])", "torch.relu([1.0])",
            "torch.sum([1.0, 2.0])", "torch.mean([1.0, 2.0])", "torch.flatten([1.0])", "torch.softmax([1.0], 0)",
            "torch.tanh(2.0)", "torch.abs(-3)", "torch.t([1.0])"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, str(e).splitlines()[0])
