import torch
import torch.nn as nn

m = nn.Sequential(nn.Linear(1, 1))
pre = m.register_state_dict_pre_hook(lambda mod, prefix, keep_vars: print("pre", type(mod).__name__, repr(prefix), keep_vars))
def add_note(mod, sd, prefix, meta):
    print("post", repr(prefix), meta)
    sd[prefix + "note"] = torch.tensor(1)
m.register_state_dict_post_hook(add_note)
print(list(m.state_dict().keys()))
m.register_state_dict_post_hook(lambda mod, sd, prefix, meta: {})
try:
    m.state_dict()
except RuntimeError as e:
    print(e)
pre.remove(); print(len(m._state_dict_pre_hooks), len(m._state_dict_hooks))

lin = nn.Linear(1, 1)
def drop_extra(mod, sd, prefix, meta, strict, missing, unexpected, errors):
    print("load pre", type(mod).__name__, sorted(sd), strict)
    sd.pop("extra", None)
lin.register_load_state_dict_pre_hook(drop_extra)
print(lin.load_state_dict({"weight": torch.ones(1, 1), "bias": torch.ones(1), "extra": 0}))
lin.register_load_state_dict_post_hook(lambda mod, keys: print("post", keys))
print(lin.load_state_dict({"weight": torch.ones(1, 1)}, strict=False))
lin.register_load_state_dict_post_hook(lambda mod, keys: keys)
try:
    lin.load_state_dict(lin.state_dict())
except AssertionError as e:
    print("AssertionError:", e)
