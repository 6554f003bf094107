# Q: the error says "Hint: enable anomaly detection" - what changes when I do?
import warnings
import torch

torch.autograd.set_detect_anomaly(True)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.tanh()
y.add_(1)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the forward traceback names this file's path
    try:
        y.sum().backward()
    except RuntimeError as e:
        print("RuntimeError:", e)
torch.autograd.set_detect_anomaly(False)
y = x.tanh()
y = y + 1
y.sum().backward()
print(x.grad)
