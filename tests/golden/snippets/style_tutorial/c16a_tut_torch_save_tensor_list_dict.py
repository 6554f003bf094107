# torch.save/torch.load of tensors in lists and dicts, dtype and requires_grad preserved
import io
import torch

data = {"ints": torch.arange(4, dtype=torch.int16), "half": torch.tensor([1.5, -2.25]).half(),
        "param": torch.nn.Parameter(torch.ones(2)), "nested": [torch.eye(2), (torch.zeros(1), 3)]}
stream = io.BytesIO()
torch.save(data, stream)
stream.seek(0)
back = torch.load(stream, weights_only=True)
for k in sorted(back):
    print(k, "->", back[k])
print(type(back["param"]).__name__, back["param"].requires_grad, back["half"].dtype)
stream.seek(0)
print(torch.load(stream, map_location="cpu")["ints"].dtype, stream.getbuffer().nbytes > 0)
