# Autograder: compare the student's updated parameters (dict) after one SGD step
import torch


def sgd_step(params, grads, lr):
    return {k: params[k] - lr * grads[k] for k in params}


params = {"w": torch.tensor([1.0, 2.0]), "b": torch.tensor([0.5])}
grads = {"w": torch.tensor([0.1, -0.2]), "b": torch.tensor([1.0])}
reference = {"w": torch.tensor([0.99, 2.02]), "b": torch.tensor([0.4])}
torch.testing.assert_close(sgd_step(params, grads, 0.1), reference)
print("sgd_step: PASS")
try:
    torch.testing.assert_close(sgd_step(params, grads, 0.2), reference)
except AssertionError as e:
    print(e)
