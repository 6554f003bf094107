# Saving tutorial: export with torch.jit.script / torch.jit.trace and load the scripted module back.
import os
import tempfile
import torch

torch.manual_seed(1439)
model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
example = torch.randn(1, 3)
traced = torch.jit.trace(model, example)
print(type(traced).__name__)
print(torch.allclose(traced(example), model(example)))
path = os.path.join(tempfile.mkdtemp(), "model_scripted.pt")
scripted = torch.jit.script(model)
scripted.save(path)
loaded = torch.jit.load(path)
loaded.eval()
print(loaded(example), model(example))
