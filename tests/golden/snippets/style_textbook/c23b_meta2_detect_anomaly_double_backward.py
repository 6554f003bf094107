import warnings
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        y = torch.sqrt(x).sum()
        g, = torch.autograd.grad(y, x, create_graph=True)
        print(g)
        try:
            g.sum().backward()
            print(x.grad)
        except RuntimeError as e:
            print(str(e).split("\n")[0][:80])
