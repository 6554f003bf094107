# Quiz 33: what is _version after each line?
import torch

counts = []
store = torch.zeros(3)
counts.append(store._version)
store += 1
counts.append(store._version)
store[0] = 5
counts.append(store._version)
store.add_(1).mul_(2)
counts.append(store._version)
print(counts)
flat = store.view(3)
flat.zero_()
print("base", store._version, "view", flat._version)
fresh = store + 1
print("out-of-place result:", fresh._version)
