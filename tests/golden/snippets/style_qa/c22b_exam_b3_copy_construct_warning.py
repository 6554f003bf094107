import warnings
import torch

# Exam B3-3. Three ways to copy a tensor that requires grad. Which one warns, which keep the graph?
src = torch.tensor([0.5, 1.5], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    built = torch.tensor(src)
print("torch.tensor:", built.requires_grad, "warned:", len(caught) == 1)
print(str(caught[0].message).split(",")[0])
shared = torch.as_tensor(src)
print("as_tensor:", shared is src)
cloned = src.detach().clone()
print("detach().clone():", cloned.requires_grad, cloned.data_ptr() != src.data_ptr())
